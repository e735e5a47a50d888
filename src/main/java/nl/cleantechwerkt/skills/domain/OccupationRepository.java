package nl.cleantechwerkt.skills.domain;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OccupationRepository extends JpaRepository<Occupation, String> {

    @EntityGraph(attributePaths = "skills")
    @Query("select o from Occupation o")
    List<Occupation> findAllWithSkills();
}
