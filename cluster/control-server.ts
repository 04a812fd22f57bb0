import { createServer, type Server } from "node:http";
import type { LocalCluster } from "./local-cluster.js";

/**
 * A small HTTP control on loopback: `GET /children` lists the processes, `POST /restart/<name>`
 * restarts one service and answers with how long it took. One restart at a time (409 otherwise).
 */
export function startControlServer(cluster: LocalCluster, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(`${JSON.stringify(body)}\n`);
    };
    const url = req.url ?? "/";
    if (req.method === "GET" && url === "/children") return reply(200, cluster.status());
    const m = /^\/restart\/([A-Za-z0-9-]+)$/.exec(url);
    if (req.method === "POST" && m) {
      const name = m[1]!;
      if (!cluster.serviceSpecs.some((s) => s.name === name)) return reply(404, { error: `no service named ${name}` });
      cluster.restart(name).then(
        (timing) => reply(200, timing),
        (err: Error) => reply(409, { error: err.message }),
      );
      return;
    }
    reply(404, { error: "GET /children or POST /restart/<name>" });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}
