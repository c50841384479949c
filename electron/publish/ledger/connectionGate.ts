import net from 'node:net';

interface Relayed {
  client: net.Socket;
  upstream: net.Socket;
}

/**
 * The gRPC port's front door: a TCP relay from the public port to the gRPC server's private one. gRPC-js
 * gives a handler no way to cut its client's connection, and no way to stop listening and come back on the
 * same port; the relay does both, at the TCP level a client really sees (ECONNREFUSED, a reset mid-call).
 */
export class ConnectionGate {
  private server: net.Server | undefined;
  /** Every open client connection, from the moment it is accepted. */
  private readonly open = new Set<Relayed>();
  /** The same, by the local port of the relayed connection (what the gRPC server sees as its peer). */
  private readonly byUpstreamPort = new Map<number, Relayed>();
  private boundPort: number;
  private targetPort: number | undefined;

  constructor(
    private readonly host: string,
    port: number,
  ) {
    this.boundPort = port;
  }

  /** Where connections go: the gRPC server's private port. Set before the first `listen()`. */
  relayTo(targetPort: number): void {
    this.targetPort = targetPort;
  }

  get port(): number {
    return this.boundPort;
  }

  async listen(): Promise<void> {
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

  /** Stops listening and resets every open connection; `listen()` listens again on the same port. */
  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // net.Server.close waits for every connection to end; end them all, however far their relay got.
    for (const relayed of [...this.open]) this.reset(relayed);
    await closed;
  }

  /** Resets the client connection that reached the gRPC server from `peer` (`host:port` or `ipv4:host:port`). */
  drop(peer: string): void {
    const relayed = this.byUpstreamPort.get(Number(/:(\d+)$/.exec(peer)?.[1]));
    for (const each of relayed ? [relayed] : [...this.open]) this.reset(each);
  }

  private reset({ client, upstream }: Relayed): void {
    client.resetAndDestroy();
    upstream.destroy();
  }

  private relay(client: net.Socket): void {
    if (!this.server) {
      client.resetAndDestroy();
      return;
    }
    client.setNoDelay(true);
    const upstream = net.connect({ host: this.host, port: this.targetPort! });
    upstream.setNoDelay(true);
    const relayed: Relayed = { client, upstream };
    this.open.add(relayed);
    let upstreamPort: number | undefined;
    upstream.once('connect', () => {
      upstreamPort = upstream.localPort;
      if (upstreamPort !== undefined) this.byUpstreamPort.set(upstreamPort, relayed);
    });
    const forget = () => {
      this.open.delete(relayed);
      if (upstreamPort !== undefined) this.byUpstreamPort.delete(upstreamPort);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', forget).on('close', forget);
    upstream.on('error', forget).on('close', forget);
    client.pipe(upstream);
    upstream.pipe(client);
  }
}
