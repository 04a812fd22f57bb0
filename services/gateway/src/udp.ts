import { createSocket, type Socket } from "node:dgram";

/** One line for a failed UDP bind, naming the port; "already in use" when it is taken. */
export function udpBindError(what: string, host: string, port: number, err: NodeJS.ErrnoException): Error {
  const why = err.code === "EADDRINUSE" ? " is already in use" : `: ${err.message}`;
  return new Error(`${what} UDP ${host}:${port}${why}`, { cause: err });
}

/** Binds a UDP socket, turning "address in use" into a one-line error naming the port. */
export async function bindUdp(host: string, port: number, what: string): Promise<Socket> {
  const sock = createSocket({ type: "udp4", reuseAddr: false });
  await new Promise<void>((resolve, reject) => {
    sock.once("error", (err: NodeJS.ErrnoException) => {
      sock.close();
      reject(udpBindError(what, host, port, err));
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
