package nl.cleantechwerkt.alerts.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.cleantechwerkt.alerts.WatchKind;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WatchRepository extends JpaRepository<Watch, Long> {

    List<Watch> findByUserIdAndKindInOrderByCreatedAtDescIdDesc(long userId, Collection<WatchKind> kinds);

    long countByUserIdAndKindIn(long userId, Collection<WatchKind> kinds);

    Optional<Watch> findByIdAndUserIdAndKindIn(long id, long userId, Collection<WatchKind> kinds);

    Optional<Watch> findByNeedId(long needId);

    @Query("select w.id from Watch w where w.alertsEnabled = true and w.kind in :kinds order by w.id")
    List<Long> idsToCheck(Collection<WatchKind> kinds);
}
