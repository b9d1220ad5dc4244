package org.opensales.sales.impl.internal;

import org.apache.ibatis.annotations.Param;

/** Reads and writes table {@code sales_preference}; the SQL is in SalesPreferenceMapper.xml beside this type. */
interface SalesPreferenceMapper {

    /** @return the stored value, or null */
    String value(@Param("userId") String userId, @Param("key") String key);

    /** Inserts the setting, or replaces its value when the user already has it. */
    void save(@Param("userId") String userId, @Param("key") String key, @Param("value") String value);
}
