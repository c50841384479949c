import net from 'node:net';

/**
 * The gRPC port's front door: a TCP relay from the public port to the gRPC server's private one. gRPC-js
 * gives a handler no way to cut its client's connection, and no way to stop listening and come back on the
 * same port; the relay does both, at the TCP level a client really sees (ECONNREFUSED, a reset mid-call).
 */
export class ConnectionGate {
  private server: net.Server | undefined;
  /** Each client connection, by the local port of its relayed connection (what the gRPC server sees as peer). */
  private readonly connections = new Map<number, { client: net.Socket; upstream: net.Socket }>();
  private boundPort: number;
  private targetPort: number | undefined;

  constructor(
    private readonly host: string,
    port: number,
  ) {
    this.boundPort = port;
  }

  /** Where connections go: the gRPC server's private port. Set before the first `open()`. */
  relayTo(targetPort: number): void {
    this.targetPort = targetPort;
  }

  get port(): number {
    return this.boundPort;
  }

  get listening(): boolean {
    return this.server !== undefined;
  }

  async open(): Promise<void> {
    if (this.server) return;
    if (this.targetPort === undefined) throw new Error('relayTo() must name the gRPC server before the gate opens');
    const server = net.createServer((client) => this.relay(client));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.boundPort, this.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.boundPort = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  /** Stops listening and resets every open connection; `open()` listens again on the same port. */
  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    this.dropAll();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Resets the client connection that reached the gRPC server from `peer` (`host:port` or `ipv4:host:port`). */
  drop(peer: string): void {
    const port = Number(/:(\d+)$/.exec(peer)?.[1]);
    const connection = this.connections.get(port);
    if (connection) this.reset(connection);
    else this.dropAll();
  }

  private dropAll(): void {
    for (const connection of [...this.connections.values()]) this.reset(connection);
  }

  private reset({ client, upstream }: { client: net.Socket; upstream: net.Socket }): void {
    client.resetAndDestroy();
    upstream.destroy();
  }

  private relay(client: net.Socket): void {
    client.setNoDelay(true);
    const upstream = net.connect({ host: this.host, port: this.targetPort! });
    upstream.setNoDelay(true);
    let localPort: number | undefined;
    upstream.once('connect', () => {
      localPort = upstream.localPort;
      if (localPort !== undefined) this.connections.set(localPort, { client, upstream });
    });
    const forget = () => {
      if (localPort !== undefined) this.connections.delete(localPort);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', forget).on('close', forget);
    upstream.on('error', forget).on('close', forget);
    client.pipe(upstream);
    upstream.pipe(client);
  }
}
