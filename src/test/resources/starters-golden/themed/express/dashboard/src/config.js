export const APP_NAME = "Kitchen Lab & Co";
