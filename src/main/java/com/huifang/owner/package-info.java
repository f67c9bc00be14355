/**
 * The owner register (业主联系册: CSV import and look-up) and the one phone rule (PhoneNumber, @Phone). A feature:
 * imports web, engine and identity; publishes OwnerRegister, OwnerContact, PhoneNumber and Phone.
 */
package com.huifang.owner;
