export const APP_NAME = "My Tasks";
