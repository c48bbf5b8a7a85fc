export const APP_NAME = "Item Dashboard";
export const STORAGE_PREFIX = "item-dashboard";
