package com.huifang.owner;

import java.time.Instant;

/** One line of the owner register: the owner of a unit, how to reach them, and the unit's project (null if unknown). */
public record OwnerContact(String unit, String ownerName, String phone, String project, Instant updatedAt) {}
