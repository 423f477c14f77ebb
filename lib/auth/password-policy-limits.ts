// Kept apart from the common-password list so that forms can import the limits cheaply.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;
