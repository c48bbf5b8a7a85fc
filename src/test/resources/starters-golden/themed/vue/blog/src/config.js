export const APP_NAME = "Kitchen Lab & Co";
export const STORAGE_PREFIX = "kitchen-lab-co";
