/**
 * The complaint intake and status over HTTP ({@code /api/complaints}): the request record, the controller and the
 * services behind it. Part of the complaint feature, with the same imports.
 */
package com.huifang.complaint.intake;
