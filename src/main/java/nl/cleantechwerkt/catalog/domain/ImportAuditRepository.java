package nl.cleantechwerkt.catalog.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportAuditRepository extends JpaRepository<ImportAudit, Long> {

    List<ImportAudit> findTop20ByProviderCodeOrderByHappenedAtDesc(String providerCode);
}
