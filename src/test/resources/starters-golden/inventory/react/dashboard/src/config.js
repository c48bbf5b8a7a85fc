export const APP_NAME = "Bike Parts Inventory";
export const STORAGE_PREFIX = "bike-parts-inventory";
