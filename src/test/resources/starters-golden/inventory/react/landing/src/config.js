export const APP_NAME = "My Inventory";
export const STORAGE_PREFIX = "my-inventory";
