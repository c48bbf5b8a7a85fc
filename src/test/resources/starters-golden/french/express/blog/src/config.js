export const APP_NAME = "Mon blog";
