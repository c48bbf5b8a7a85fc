export const APP_NAME = "Item Dashboard";
