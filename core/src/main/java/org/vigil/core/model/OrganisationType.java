package org.vigil.core.model;

/** The roles organisations play in the e-commerce and delivery ecosystem. */
public enum OrganisationType {
    RETAILER,
    BANK,
    PAYMENT_PROVIDER,
    LOGISTICS,
    PHARMACY,
    SECURE_TRANSPORT,
    CLOUD_HOSTING,
    SOFTWARE_VENDOR,
    MERCHANT,
    CUSTOMERS
}
