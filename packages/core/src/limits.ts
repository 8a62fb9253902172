/** Larger files are refused: five times the largest migration CSV Exchange accepts (10 MB for IMAP batches). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export function fileTooLargeMessage(bytes: number): string {
	const megabytes = (bytes / 1024 / 1024).toFixed(1);
	return `This file has ${megabytes} MB; miglint does not read files over ${MAX_FILE_BYTES / 1024 / 1024} MB (the largest migration CSV Exchange accepts is 10 MB).`;
}
