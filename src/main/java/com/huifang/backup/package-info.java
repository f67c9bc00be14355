/**
 * Online backups of the embedded H2 database: nightly and on an administrator's request, kept for a while. A
 * feature: imports web and engine; publishes nothing.
 */
package com.huifang.backup;
