package nl.cleantechwerkt.catalog.domain;

public enum CourseStatus { DRAFT, PUBLISHED, ARCHIVED }
