package org.vigil.content.awareness;

/** Who an item or lesson is written for. */
public enum Audience {
    /** Staff of small and medium shops, pharmacies and suppliers. */
    SME_STAFF,
    /** People who buy online and receive parcels. */
    ECOMMERCE_CUSTOMERS,
    /** Couriers, drivers and warehouse staff. */
    COURIERS_AND_WAREHOUSE_STAFF,
    /** Staff of banks and payment providers. */
    BANK_AND_PAYMENT_STAFF
}
