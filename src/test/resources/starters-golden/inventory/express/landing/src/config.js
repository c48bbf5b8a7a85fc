export const APP_NAME = "My Inventory";
