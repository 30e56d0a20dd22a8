namespace PolicySearch.Api.Errors;

/// <summary>Registers how errors become problem details: the exception mapping, the writers and the fallback code and detail.</summary>
public static class ProblemResponses
{
    public static IServiceCollection AddProblemResponses(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = Problems.AddMissingCodeAndDetail);
        // After AddProblemDetails, so ASP.NET's writer is asked first and this one only takes what it declines.
        services.AddSingleton<IProblemDetailsWriter, AnyAcceptProblemWriter>();
        services.AddExceptionHandler<ProblemMapping>();
        return services;
    }
}
