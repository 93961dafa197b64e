// Requests Node's HTTP parser refuses never reach Fastify: headers (with the
// request line) over Node's limit (16 KB), malformed requests, timeouts. This
// answers them in the API's shape (Fastify's `clientErrorHandler` option),
// written straight to the socket as Node and Fastify do.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionError, FastifyInstance } from 'fastify';
import { MAX_URL_LENGTH, REQUEST_ERRORS } from './request-errors';
import type { RequestError } from './request-errors';

/**
 * Node reports an over-long address as oversized headers (the request line
 * counts); when the bytes received have no line end within the URL limit, it
 * was the address.
 */
function whichError(err: ConnectionError): RequestError {
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') return REQUEST_ERRORS.timeout;
  if (err.code === 'HPE_HEADER_OVERFLOW') {
    // Node hands the bytes as a Buffer (Fastify's type says otherwise).
    const packet: unknown = err.rawPacket;
    const lineEnd = Buffer.isBuffer(packet) ? packet.indexOf('\r\n') : -1;
    return lineEnd === -1 || lineEnd > MAX_URL_LENGTH ? REQUEST_ERRORS.uriTooLong : REQUEST_ERRORS.headersTooLarge;
  }
  return REQUEST_ERRORS.badRequest;
}

export function clientErrorHandler(this: FastifyInstance, err: ConnectionError, socket: Socket): void {
  // A reset connection has no one to answer.
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const e = whichError(err);
  this.log.debug({ code: err.code, status: e.status }, 'request refused by the HTTP parser');
  if (socket.writable) {
    const body = JSON.stringify({ error: { code: e.code, message: e.message } });
    socket.write(
      `HTTP/1.1 ${e.status} ${STATUS_CODES[e.status] ?? ''}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Cache-Control: no-store\r\n' +
        'X-Content-Type-Options: nosniff\r\n' +
        'Connection: close\r\n\r\n' +
        body,
    );
  }
  socket.destroy(err);
}
