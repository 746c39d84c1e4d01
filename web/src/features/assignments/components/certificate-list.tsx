import { QueryView } from "../../../components/ui/query-view";
import { useCertificates } from "../api/get-certificates";
import { dueDate } from "./status-badge";

/** Certificates earned (a learner's own; a trainer's team's), each as a printable page to keep. */
export function CertificateList() {
  const certificates = useCertificates();
  return (
    <section className="panel" aria-labelledby="certificates-title">
      <h2 id="certificates-title" className="panel__title">
        Certificates
      </h2>
      <QueryView query={certificates} loading="Loading certificates…" errorTitle="Could not load certificates">
        {({ items }) =>
          items.length === 0 ? (
            <p className="small">None yet: pass a certification to earn one.</p>
          ) : (
            <ul className="certificates" data-testid="certificates">
              {items.map((certificate) => (
                <li key={certificate.id}>
                  <strong>{certificate.assignment.title}</strong> — {certificate.learner.name},{" "}
                  {dueDate(certificate.issuedAt)} ·{" "}
                  <a href={`/api/certificates/${certificate.id}/page`} target="_blank" rel="noreferrer">
                    Open to print
                  </a>{" "}
                  · <a href={`/api/certificates/${certificate.id}/page?download=1`}>Download</a>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}
