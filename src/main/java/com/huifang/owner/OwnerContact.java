package com.huifang.owner;

import java.time.Instant;

/** One line of the owner register: the owner of a unit and how to reach them. */
public record OwnerContact(String unit, String ownerName, String phone, Instant updatedAt) {}
