package nl.cleantechwerkt.accounts.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiKeyRepository extends JpaRepository<ApiKey, Long> {

    Optional<ApiKey> findByKeyPrefix(String keyPrefix);

    Optional<ApiKey> findByIdAndProviderCode(Long id, String providerCode);

    List<ApiKey> findByProviderCodeOrderByCreatedAtDescIdDesc(String providerCode);
}
