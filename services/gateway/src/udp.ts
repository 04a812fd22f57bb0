import { createSocket, type Socket } from "node:dgram";

/** Binds a UDP socket, turning "address in use" into a one-line error naming the port. */
export async function bindUdp(host: string, port: number, what: string): Promise<Socket> {
  const sock = createSocket({ type: "udp4", reuseAddr: false });
  await new Promise<void>((resolve, reject) => {
    sock.once("error", (err: NodeJS.ErrnoException) => {
      sock.close();
      reject(
        new Error(
          err.code === "EADDRINUSE"
            ? `${what} UDP ${host}:${port} is already in use`
            : `${what} UDP ${host}:${port}: ${err.message}`,
          { cause: err },
        ),
      );
    });
    sock.bind(port, host, () => resolve());
  });
  return sock;
}

export function closeUdp(sock: Socket | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (!sock) return resolve();
    try {
      sock.close(() => resolve());
    } catch {
      resolve();
    }
  });
}
