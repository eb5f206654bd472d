import type { Duplex } from 'node:stream';
import type { Client } from 'pg';

/** The part of node-postgres' Connection that speaks the COPY sub-protocol (not in its type definitions). */
interface Connection {
  stream: Duplex;
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
}

export type CopyValue = string | number | boolean | null | readonly string[];

/** One value in COPY's text format: \N for null, backslash escapes, PostgreSQL array literals. */
function copyText(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : `{${value.map((item) => `"${item.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
  return text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

const CHUNK_BYTES = 256 * 1024;

/**
 * `COPY … FROM STDIN` through node-postgres' own connection, without pg-copy-streams: a
 * submittable that answers the server's CopyInResponse with CopyData chunks, then CopyDone,
 * minding the socket's back-pressure. Resolves with the number of rows copied.
 */
export function copyRows(
  client: Client,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
  onChunk?: (rows: number) => void,
): Promise<number> {
  return new Promise((resolve, reject) => {
    let error: Error | undefined;
    let copied = 0;
    const submittable = {
      submit(connection: Connection) {
        connection.query(`copy "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) from stdin`);
      },
      handleCopyInResponse(connection: Connection) {
        void pump(connection).catch((cause: Error) => {
          error ??= cause;
          connection.sendCopyFail(cause.message);
        });
      },
      handleCommandComplete(message: { text?: string }) {
        copied = Number(message.text?.split(' ')[1] ?? 0);
      },
      handleError(cause: Error) {
        // node-postgres forgets the active query on an error (no ReadyForQuery reaches us), and
        // the server leaves COPY mode: stop sending rows, fail now.
        error ??= cause;
        reject(cause);
      },
      handleReadyForQuery() {
        if (error) reject(error);
        else resolve(copied);
      },
      handleRowDescription() {},
      handleDataRow() {},
      handleEmptyQuery() {},
      handlePortalSuspended() {},
      handleCopyData() {},
    };

    async function pump(connection: Connection) {
      const { stream } = connection;
      let chunk = '';
      let pending = 0;
      const flush = async () => {
        connection.sendCopyFromChunk(Buffer.from(chunk, 'utf8'));
        onChunk?.(pending);
        chunk = '';
        pending = 0;
        if (stream.writableNeedDrain) await new Promise((done) => stream.once('drain', done));
      };
      for (const row of rows) {
        if (error) return;
        chunk += `${row.map(copyText).join('\t')}\n`;
        pending++;
        if (chunk.length >= CHUNK_BYTES) await flush();
      }
      if (pending) await flush();
      if (!error) connection.endCopyFrom();
    }

    client.query(submittable as never);
  });
}
