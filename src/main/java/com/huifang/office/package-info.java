/**
 * Management offices (管理处) as Camunda tenants: the office register (offices and their projects), the office of a
 * new case (engine/CaseTenants), tenants and memberships at start-up, cases from before offices into the default
 * office, the demo's second office. Imports engine, web, identity and owner's published OwnerRegister.
 */
package com.huifang.office;
