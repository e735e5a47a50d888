package nl.cleantechwerkt.accounts.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    java.util.List<UserAccount> findByProviderCodeOrderByEmail(String providerCode);

    boolean existsByRole(nl.cleantechwerkt.accounts.Role role);
}
