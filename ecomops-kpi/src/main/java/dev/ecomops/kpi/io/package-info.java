/** Files of the KPI module: the JSON Lines fact interchange format, targets, and CSV and JSON reports. */
@NullMarked
package dev.ecomops.kpi.io;

import org.jspecify.annotations.NullMarked;
