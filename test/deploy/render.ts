import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { parseAllDocuments } from "yaml";

/** The deploy/ folder of this repository. */
export const DEPLOY_DIR = resolve(import.meta.dirname, "../../deploy");

/** Every kustomization an operator may apply; each must render offline. */
export const KUSTOMIZATIONS = ["base", "overlays/dev", "overlays/prod"] as const;

/** A rendered Kubernetes object, read loosely: the checks look only at the fields they need. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  // biome-ignore lint/suspicious/noExplicitAny: rendered YAML, checked field by field by the policy functions
  spec?: any;
  data?: Record<string, string>;
}

/** `kubectl kustomize` of one kustomization (no cluster, no network), parsed. */
export function render(kustomization: string): K8sObject[] {
  const text = execFileSync("kubectl", ["kustomize", resolve(DEPLOY_DIR, kustomization)], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  return parseAllDocuments(text).map((doc) => {
    if (doc.errors.length > 0) throw new Error(`${kustomization}: ${doc.errors[0]?.message}`);
    return doc.toJS() as K8sObject;
  });
}
