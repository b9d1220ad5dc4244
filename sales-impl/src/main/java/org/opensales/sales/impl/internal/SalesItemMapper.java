package org.opensales.sales.impl.internal;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Param;
import org.opensales.sales.api.Sort;

/**
 * Reads and writes table {@code sales_item} and its child tables of extra contacts, tags and shares;
 * the SQL is in SalesItemMapper.xml beside this type.
 */
interface SalesItemMapper {

    void insert(SalesItemRow row);

    SalesItemRow findById(long id);

    /** Reads the row and locks it until the transaction ends. */
    SalesItemRow lockById(long id);

    /** @return 1 when saved, 0 when the id or the version did not match */
    int update(SalesItemRow row);

    List<SalesItemRow> find(@Param("criteria") ItemCriteria criteria, @Param("sort") List<Sort> sort,
                            @Param("offset") int offset, @Param("limit") int limit);

    /** @param seek the alternatives of conditions that select the rows after an item, see {@link Seek} */
    List<SalesItemRow> findAfter(@Param("criteria") ItemCriteria criteria, @Param("sort") List<Sort> sort,
                                 @Param("seek") List<List<SeekCondition>> seek, @Param("limit") int limit);

    long count(@Param("criteria") ItemCriteria criteria);

    List<SalesItemRow> ofContact(@Param("contactId") long contactId, @Param("readerId") String readerId);

    List<SalesItemRow> openOfContact(@Param("contactId") long contactId, @Param("readerId") String readerId);

    /** @return the ids of the items shared with the user */
    List<Long> sharedWith(@Param("userId") String userId);

    void deleteExtraContacts(long itemId);

    void deleteTags(long itemId);

    void deleteShares(long itemId);

    void insertExtraContacts(@Param("itemId") long itemId, @Param("contactIds") List<Long> contactIds);

    void insertTags(@Param("itemId") long itemId, @Param("tags") Collection<String> tags);

    void insertShares(@Param("itemId") long itemId, @Param("userIds") Collection<String> userIds);
}
