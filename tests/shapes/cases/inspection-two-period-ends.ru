# Breaks good.trig: two periodEnd values.
# expect: violation peel:InspectionShape-periodEnd pk:inspection/hertfordshire/peel-2023-25 peel:periodEnd MaxCountConstraintComponent
INSERT DATA { <https://w3id.org/peelkg/id/inspection/hertfordshire/peel-2023-25> peel:periodEnd "2024-06"^^xsd:gYearMonth, "2024-07"^^xsd:gYearMonth }
