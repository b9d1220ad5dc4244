package org.opensales.sales.impl.internal;

/** The report queries over {@code sales_item}, any criteria; the SQL is in SalesReportMapper.xml beside this type. */
interface SalesReportMapper extends ReportQueries {
}
