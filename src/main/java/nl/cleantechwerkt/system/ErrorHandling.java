package nl.cleantechwerkt.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import nl.cleantechwerkt.shared.InvalidRequestException;
import nl.cleantechwerkt.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Maps domain exceptions to 404 and 400: problem-details JSON under {@code /api/}, an error
 * page elsewhere. Messages come from the bundles and name the field; exception text is never
 * shown. Anything unexpected is left to Boot's error handling (error templates, problem JSON).
 */
@ControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ErrorHandling {

    private final MessageSource messages;

    ErrorHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request, Locale locale) {
        String detail = messages.getMessage("error.notFound." + e.what(), new Object[] {e.key()},
                messages.getMessage("error.notFound", null, locale), locale);
        return respond(request, HttpStatus.NOT_FOUND, detail, null);
    }

    @ExceptionHandler(InvalidRequestException.class)
    Object invalid(InvalidRequestException e, HttpServletRequest request, Locale locale) {
        String detail = messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
        return respond(request, HttpStatus.BAD_REQUEST, detail, e.field());
    }

    @ExceptionHandler(org.springframework.web.bind.MethodArgumentNotValidException.class)
    Object invalidBody(org.springframework.web.bind.MethodArgumentNotValidException e, HttpServletRequest request, Locale locale) {
        var error = e.getBindingResult().getFieldErrors().stream().findFirst();
        String field = error.map(org.springframework.validation.FieldError::getField).orElse(null);
        String detail = error.map(f -> messages.getMessage(f, locale)).orElse(messages.getMessage("error.400.text", null, locale));
        return respond(request, HttpStatus.BAD_REQUEST, field == null ? detail : field + ": " + detail, field);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request, Locale locale) {
        String detail = messages.getMessage("error.parameter.invalid", new Object[] {e.getName()}, locale);
        return respond(request, HttpStatus.BAD_REQUEST, detail, e.getName());
    }

    private Object respond(HttpServletRequest request, HttpStatus status, String detail, String field) {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            if (field != null) {
                problem.setProperty("field", field);
            }
            return ResponseEntity.status(status).body(problem);
        }
        ModelAndView page = new ModelAndView("error/" + status.value());
        page.setStatus(status);
        page.addObject("detail", detail);
        return page;
    }
}
