import type { Icon } from 'n8n-workflow';

/** The Shopline nodes' icon, light and dark (paths from this folder, as the node files and dist/ have them). */
export const SHOPLINE_ICON: Icon = {
	light: 'file:../../icons/shopline.svg',
	dark: 'file:../../icons/shopline.dark.svg',
};
