/** Is this request address under /api (the JSON API, as opposed to the SPA's pages and files)? */
export const isApi = (url: string) => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
