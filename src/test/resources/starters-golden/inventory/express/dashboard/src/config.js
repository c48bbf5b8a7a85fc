export const APP_NAME = "Bike Parts Inventory";
