/**
 * The drawing processes of quality revisits: the monthly spot check of repair orders (K4) and the routine quality
 * revisits of the owner register's households. A feature: imports engine, identity and the published types of
 * repair, owner and revisit; publishes nothing.
 */
package com.huifang.quality;
