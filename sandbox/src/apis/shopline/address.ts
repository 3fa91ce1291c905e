/**
 * The postal part of an address, field for field the same in an order's `shipping_address` and a
 * location (the official Go SDK's `Address` and `Location` types). Its own file: both models use it.
 */
export interface ShoplinePostalAddress {
	address1: string;
	address2: string;
	city: string;
	province: string;
	province_code: string;
	country: string;
	country_code: string;
	zip: string;
	phone: string;
}
