/**
 * Attachments of a case (C21, issue 18 item 7): photos and letters kept with any case by its business key, in the
 * engine's database (Camunda's attachments), readable by those who may read the case and added by those who work on
 * it; the JSON API behind the Tasklist and Cockpit tabs "附件". A feature: imports web, engine; publishes nothing.
 */
package com.huifang.attachment;
