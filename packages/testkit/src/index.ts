export { type NatsFixture, type NatsFixtureMode, startNatsFixture } from "./nats-fixture.js";
export { type NatsVarz, natsVarz } from "./nats-monitor.js";
export {
  freePort,
  freeUdpPortPair,
  localNatsServerVersion,
  type NatsClusterHandle,
  type NatsClusterNode,
  type NatsServerHandle,
  type NatsServerOptions,
  natsServerBinary,
  startNatsCluster,
  startNatsServer,
} from "./nats-server.js";
export { type ServiceProcess, type ServiceProcessOptions, startServiceProcess } from "./service-process.js";
export { localOpensslVersion, makeTestPki, type TestPki } from "./test-pki.js";
