export function readableBody(status: number, body: Buffer, page?: Buffer | null): Buffer;
