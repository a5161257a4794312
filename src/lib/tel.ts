/** tel: link for a number written 1-888-373-7888 (US numbers get +1). Pure, so tests and scripts can use it. */
export function telHref(phone: string): string {
	const digits = phone.replace(/\D/g, '');
	return digits.length === 11 && digits.startsWith('1') ? `tel:+${digits}` : `tel:${digits}`;
}
