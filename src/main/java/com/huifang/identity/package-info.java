/**
 * Staff groups, the administrator, authorizations per process (ProcessAccess), Tasklist filters and columns, and the
 * demo users, set up at every start. Imports engine only.
 */
package com.huifang.identity;
