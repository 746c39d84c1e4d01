import type { Principal } from "../auth/principal";
import type { NotificationStore } from "../db/notification-store";
import { DomainError } from "../errors";
import { scopeOf } from "./access";
import type { CertificateStep } from "./certificate-steps";

type Found = NonNullable<Awaited<ReturnType<NotificationStore["certificate"]>>>;

const view = ({ certificate, learner, assignment }: Found, local: boolean) => ({
  id: certificate.id,
  learner: { id: certificate.userId, name: learner.name },
  assignment: { id: assignment.id, title: assignment.title },
  steps: certificate.steps as CertificateStep[],
  issuedAt: certificate.issuedAt,
  /** Local mode has one user, who assigned the certification to themself: the page says so. */
  selfAssessed: local,
});

export type CertificateView = ReturnType<typeof view>;

/** Certificates: a learner sees their own, a trainer their team's learners', an admin all. */
export function createCertificates(store: NotificationStore, mode: "local" | "accounts") {
  const local = mode === "local";
  return {
    async list(principal: Principal) {
      const scope = scopeOf(principal);
      return { items: scope ? (await store.certificates(scope)).map((found) => view(found, local)) : [] };
    },
    async get(principal: Principal, id: string): Promise<CertificateView> {
      const found = await store.certificate(id);
      const scope = scopeOf(principal);
      const visible =
        found &&
        scope &&
        (scope.kind === "all" ||
          (scope.kind === "learner" && found.certificate.userId === scope.userId) ||
          (scope.kind === "team" && found.learner.teamId === scope.teamId));
      if (!found || !visible) throw new DomainError("certificate_not_found", `No certificate with id "${id}".`);
      return view(found, local);
    },
  };
}

export type Certificates = ReturnType<typeof createCertificates>;
