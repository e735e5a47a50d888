package nl.cleantechwerkt.geo.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PostcodeAreaRepository extends JpaRepository<PostcodeArea, String> {
}
