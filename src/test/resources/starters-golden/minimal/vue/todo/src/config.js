export const APP_NAME = "My Tasks";
export const STORAGE_PREFIX = "my-tasks";
